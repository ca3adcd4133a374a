def log = new File(basedir, 'build.log').text

assert log =~ /Ratchet lint of db\/changelog\/db\.changelog-master\.yaml \(\d+\.\d\d s\):/
assert log.contains('BLOCK db/changelog/db.changelog-master.yaml::drop-phone::it')
assert log.contains('rule:    drop-column')
assert log.contains("approve: add 'ratchet:allow drop-column <reason>' to the changeset's comment")
assert log.contains('2 changesets, 1 findings: 1 blocking')
assert log.contains('Ratchet lint: 1 blocking finding(s) in db/changelog/db.changelog-master.yaml; see the report above')
assert log.indexOf('BLOCK db/changelog/db.changelog-master.yaml::drop-phone::it') < log.indexOf('Ratchet lint: 1 blocking finding(s)')
