// The schema was read inside Maven's plugin class loader: the model that no migration creates is reported.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('warning[undeployed-model]')
assert log.contains('Coupon')
assert log =~ /--> prisma\/schema\.prisma:\d+:\d+/
true
