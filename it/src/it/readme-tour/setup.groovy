// Copies docs/examples/tutorial here and makes models-bio/: the models with the README's edit
// ("in src/main/models/users-and-projects.yaml, under User.attributes, add: bio: TEXT"), made from
// the README's own text so that the two cannot drift apart.
import java.nio.file.*

binding.example = 'tutorial'
evaluate(new File(repoRoot, 'it/src/it/copy-example.groovy'))
String readme = new File(repoRoot, 'README.md').getText('UTF-8')
def added = (readme =~ /(?s)under `User\.attributes`, add:\s*```yaml\n(.*?)```/)
if (!added.find()) throw new IllegalStateException('README.md no longer says what to add under User.attributes')
String line = added.group(1).trim()
Path models = basedir.toPath().resolve('src/main/models')
Path bio = Files.createDirectories(basedir.toPath().resolve('models-bio'))
Files.list(models).withCloseable { it.forEach { Files.copy(it, bio.resolve(it.fileName.toString())) } }
Path users = bio.resolve('users-and-projects.yaml')
String text = Files.readString(users)
String anchor = '  User:\n    attributes:\n'
if (!text.contains(anchor)) throw new IllegalStateException("users-and-projects.yaml has no '${anchor}'")
Files.writeString(users, text.replace(anchor, anchor + '      ' + line + '\n'))
return true
