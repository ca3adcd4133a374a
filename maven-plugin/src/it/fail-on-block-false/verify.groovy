def log = new File(basedir, 'build.log').text

assert log.contains('{"changeSets": 2, "findings": [')
assert log.contains('"rule": "drop-column", "severity": "block", "approved": false')
assert log.contains('[WARNING] Ratchet lint: 1 blocking finding(s) in db/changelog/db.changelog-master.yaml; see the report above (failOnBlock is false: the build goes on)')
assert log.contains('BUILD SUCCESS')
