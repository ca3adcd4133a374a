def log = new File(basedir, 'build.log').text

assert !new File(basedir, 'app/src/main/resources/db/schema').exists()
assert new File(basedir, 'schema/target/schema-1.0.jar').isFile()
assert log =~ /Ratchet lint of db\/changelog\/db\.changelog-master\.yaml \(\d+\.\d\d s\):/
assert log.contains('BLOCK db/schema/release-2.yaml::drop-legacy-ref::schema')
assert log.contains('rule:    drop-column')
assert log.contains('3 changesets, 1 findings: 1 blocking')
assert log.contains('Ratchet lint: 1 blocking finding(s) in db/changelog/db.changelog-master.yaml; see the report above')
assert log =~ /Failed to execute goal dev\.ratchet:ratchet-maven-plugin:[^ ]+:lint \([^)]*\) on project app/
