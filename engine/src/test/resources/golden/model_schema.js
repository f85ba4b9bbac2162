// Twin of model_schema.yaml for the Sequelize oracle (v6); its output is model_schema.oracle.txt. Sequelize's sync
// does not create the schema.
module.exports = async (sequelize, DataTypes) => {
  await sequelize.createSchema('audit');
  const User = sequelize.define('User', { name: DataTypes.STRING });
  sequelize.define('Log', { level: DataTypes.ENUM('debug', 'info') }, { tableName: 'Entries' });
  const Entry = sequelize.define('Entry', { action: DataTypes.STRING, level: DataTypes.ENUM('low', 'high') },
    { schema: 'audit' });
  const Tag = sequelize.define('Tag', { label: DataTypes.STRING }, { schema: 'audit' });
  User.belongsTo(Tag, { as: 'favourite' });
  User.belongsToMany(Tag, { through: 'UserTags' });
  Entry.belongsToMany(Tag, { through: 'EntryTags' });
  Tag.belongsToMany(Entry, { through: 'EntryTags' });
  Tag.belongsToMany(User, { through: 'UserTags' });
};
