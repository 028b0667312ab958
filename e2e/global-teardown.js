const fs = require('node:fs');

module.exports = async () => {
  const w = globalThis.__weerbaar;
  if (!w) return;
  for (const s of [w.demo, w.fresh]) {
    if (s && s.child.exitCode === null) s.child.kill('SIGTERM');
  }
  await new Promise((r) => setTimeout(r, 300));
  w.sink.close();
  fs.rmSync(w.root, { recursive: true, force: true });
};
