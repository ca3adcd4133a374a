def log = new File(basedir, 'build.log').text

assert log.contains('APPROVED db/changelog/db.changelog-master.yaml::drop-phone::it')
assert log.contains('2 changesets, 1 findings: 0 blocking, 0 warnings, 1 approved')
assert log.contains('BUILD SUCCESS')
