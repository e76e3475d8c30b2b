// The database could not be read: the build says where it tried, as whom, and never with the password.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log.contains('127.0.0.1')
assert log =~ /driftguard: .*/
assert !log.contains('Sup3r-Secret')
assert !log.contains('\tat ')
true
