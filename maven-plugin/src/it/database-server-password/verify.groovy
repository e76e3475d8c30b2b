// The password came from settings.xml (the *** says there was one); it appears nowhere in the log.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log.contains('postgresql://app:***@127.0.0.1:1/prod')
assert log.contains('127.0.0.1')
assert log =~ /driftguard: .*/
assert !log.contains('Sup3r-Secret')
assert !log.contains('\tat ')
true
