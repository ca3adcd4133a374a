def log = new File(basedir, 'build.log').text

assert log =~ /Ratchet lint of db\/app\/main\.yaml \(\d+\.\d\d s\):/
assert log.contains('3 changesets, 0 findings: 0 blocking, 0 warnings, 0 approved')
assert !log.contains('drop-customer')
assert log.contains('BUILD SUCCESS')
