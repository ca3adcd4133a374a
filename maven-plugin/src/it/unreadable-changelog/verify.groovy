def log = new File(basedir, 'build.log').text

assert log =~ /Failed to execute goal dev\.ratchet:ratchet-maven-plugin:[^ ]+:lint \([^)]*\) on project unreadable-changelog: ratchet lint: Changelog db\/changelog\/missing\.yaml does not exist/
assert log.contains('MojoExecutionException')
assert !log.contains('blocking finding(s)')
