def log = new File(basedir, 'build.log').text
assert log.contains('APPROVED db/changelog/db.changelog-master.yaml::drop-phone::it')
assert log.contains('WARN db/changelog/db.changelog-master.yaml::rename-task::it')
assert log.contains('3 changesets, 2 findings: 0 blocking, 1 warnings, 1 approved')
assert log.contains('BUILD SUCCESS')
