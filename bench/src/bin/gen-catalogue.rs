//! Writes a generated catalogue of N resources into a Weerbaar database, as shipped
//! content would be loaded, for the search page load benchmark.
//!
//!   gen-catalogue DATABASE_URL N

use weerbaar_store::catalogue::{ShippedItem, sync_shipped};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let (url, n) = match args.as_slice() {
        [_, url, n] => (url.clone(), n.parse::<usize>()?),
        _ => return Err("usage: gen-catalogue DATABASE_URL N".into()),
    };
    let shipped = weerbaar_content::resources().map_err(|e| format!("{e:?}"))?;
    let generated = weerbaar_bench::catalogue::generate(&shipped, n, 7);
    let store = weerbaar_store::open(&url, &Default::default()).await?;
    weerbaar_store::migrate::migrate(&store).await?;
    let items: Vec<ShippedItem<'_>> =
        generated.iter().map(|r| ShippedItem { resource: r, attachments: vec![] }).collect();
    let mut tx = store.begin().await?;
    let r = sync_shipped(&mut tx, &items).await?;
    weerbaar_store::catalogue::touch(&mut tx).await?;
    tx.commit().await?;
    eprintln!("{} resources added", r.added);
    Ok(())
}
