def log = new File(basedir, 'build.log').text
def sarif = new File(basedir, 'target/ratchet.sarif')

assert sarif.isFile()
def report = sarif.text
assert report.contains('"version": "2.1.0"')
assert report.contains('"ruleId": "drop-column"')
assert report.contains('db.changelog-master.yaml')
assert log.contains('2 changesets, 1 findings: 1 blocking, 0 warnings, 0 approved (sarif report in ' + sarif.canonicalPath + ')')
assert !log.contains('"version": "2.1.0"')
assert log.contains('Ratchet lint: 1 blocking finding(s) in db/changelog/db.changelog-master.yaml; see the report above')
