// With the README's one logging dependency, a test run prints no SLF4J line at all.
def report = new File(basedir, 'target/surefire-reports/TEST-com.example.PersonSearchTest.xml')
assert report.isFile() : "no surefire report: the test did not run"
def suite = new groovy.xml.XmlSlurper().parse(report)
assert suite.@tests.toInteger() == 1 && suite.@failures.toInteger() == 0 && suite.@errors.toInteger() == 0

def log = new File(basedir, 'build.log').text
assert log.contains('Tests run: 4, Failures: 0, Errors: 0, Skipped: 0')
def slf4j = log.readLines().findAll { it.contains('SLF4J') }
assert slf4j.isEmpty() : "SLF4J still printed: ${slf4j}"
return true
