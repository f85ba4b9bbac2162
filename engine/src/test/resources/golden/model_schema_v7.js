// Twin of model_schema_v7.yaml for the Sequelize oracle (run it with v7: Sequelize 6's sync fails on the foreign
// key from audit.Entries to Users, looking for audit.Users). Sequelize's sync does not create the schema.
// Its output is model_schema_v7.oracle.txt.
module.exports = async (sequelize, DataTypes) => {
  await sequelize.createSchema('audit');
  const User = sequelize.define('User', { name: DataTypes.STRING });
  const Entry = sequelize.define('Entry', { action: DataTypes.STRING,
    level: { type: DataTypes.ENUM('low', 'high'), defaultValue: 'low' } }, { schema: 'audit', indexes: [{ fields: ['action'] }] });
  const Tag = sequelize.define('Tag', { label: { type: DataTypes.STRING, unique: true } }, { schema: 'audit' });
  User.belongsToMany(Tag, { through: 'UserTags' });
  Entry.belongsTo(User);
  Entry.belongsToMany(Tag, { through: 'EntryTags' });
  Tag.belongsToMany(Entry, { through: 'EntryTags' });
  Tag.belongsToMany(User, { through: 'UserTags' });
};
