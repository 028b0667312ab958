use super::*;

#[test]
fn enums_round_trip() {
    for c in ImpactCategory::ALL {
        assert_eq!(ImpactCategory::parse(c.as_str()), Some(c));
    }
    for k in ResourceKind::ALL {
        assert_eq!(ResourceKind::parse(k.as_str()), Some(k));
    }
    for b in BackupType::ALL {
        assert_eq!(BackupType::parse(b.as_str()), Some(b));
    }
    for e in ExerciseKind::ALL {
        assert_eq!(ExerciseKind::parse(e.as_str()), Some(e));
    }
    assert_eq!(ImpactCategory::parse("mood"), None);
    assert!(BackupType::Immutable.survives_ransomware() && !BackupType::Online.survives_ransomware());
    assert!(ResourceKind::Data.holds_data() && !ResourceKind::Person.holds_data());
}

#[test]
fn impacts_grid() {
    let mut i = Impacts::unrated(6);
    assert!(!i.complete(6) && !i.any_rated());
    i.set(ImpactCategory::Legal, 2, Some(3));
    assert_eq!(i.get(ImpactCategory::Legal, 2), Some(3));
    assert_eq!(i.get(ImpactCategory::Legal, 1), None);
    assert!(i.any_rated());
    for c in ImpactCategory::ALL {
        for w in 0..6 {
            i.set(c, w, Some(1));
        }
    }
    assert!(i.complete(6));
    let r = i.resized(4);
    assert_eq!(r.0[&ImpactCategory::Service].len(), 4);
    assert!(r.complete(4));
    let g = i.resized(8);
    assert!(!g.complete(8) && g.get(ImpactCategory::Service, 5) == Some(1));
}

#[test]
fn version_labels() {
    assert_eq!(next_version_label("1.0"), "1.1");
    assert_eq!(next_version_label("2.9"), "2.10");
    assert_eq!(next_version_label("x"), "1.0");
}
