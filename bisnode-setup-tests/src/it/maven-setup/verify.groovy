// The build succeeding is not enough: Maven's default Surefire runs no JUnit 5 test and still
// says BUILD SUCCESS. The test must have run, and passed.
def report = new File(basedir, 'target/surefire-reports/TEST-com.example.PersonSearchTest.xml')
assert report.isFile() : "no surefire report: the test did not run"
def suite = new groovy.xml.XmlSlurper().parse(report)
assert suite.@tests.toInteger() == 1 : "tests run: ${suite.@tests}"
assert suite.@failures.toInteger() == 0 && suite.@errors.toInteger() == 0 && suite.@skipped.toInteger() == 0

def log = new File(basedir, 'build.log').text
// the README's test, and the three of bisnode-sandbox/README.md
assert log.contains('Tests run: 4, Failures: 0, Errors: 0, Skipped: 0')
// The generated client compiled under -Xlint:all,-processing -Werror.
assert new File(basedir, 'target/generated-sources/annotations/com/example/BisnodePersonSearchApi.java').isFile()

// No logging backend here: SLF4J (which HttpClient uses) prints a notice. Whatever it prints must
// be what the README tells users to expect, line for line.
def readme = new File(basedir, '../../../../../README.md').text
def slf4j = log.readLines().findAll { it.contains('SLF4J') }
assert !slf4j.isEmpty() : "SLF4J printed nothing: update the README's logging section"
slf4j.each { line ->
  def text = line.replaceFirst(/^\[(INFO|WARNING|ERROR)\] /, '').trim()
  assert readme.contains(text) : "SLF4J printed a line the README does not show: ${text}"
}
return true
