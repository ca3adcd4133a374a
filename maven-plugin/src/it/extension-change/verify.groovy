def log = new File(basedir, 'build.log').text

assert log.contains('BLOCK db/changelog/db.changelog-master.yaml::archive-orders::it')
assert log.contains('rule:    drop-table')
assert log.contains('change:  archiveTable on orders')
assert !log.contains('custom-change')
assert log.contains('Ratchet lint: 1 blocking finding(s) in db/changelog/db.changelog-master.yaml; see the report above')
