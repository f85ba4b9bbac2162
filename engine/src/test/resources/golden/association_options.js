// Twin of association_options.yaml for the Sequelize oracle.
module.exports = (sequelize, DataTypes) => {
  const User = sequelize.define('User', { name: DataTypes.STRING });
  const Team = sequelize.define('Team', { code: { type: DataTypes.STRING(10), unique: true } });
  const Post = sequelize.define('Post', { title: DataTypes.STRING });
  const Tag = sequelize.define('Tag', { label: DataTypes.STRING });
  const Note = sequelize.define('Note', { body: DataTypes.TEXT });
  Post.belongsTo(User, { as: "writer", foreignKeyConstraint: false });
  Post.belongsTo(Team, { foreignKey: { name: 'teamRef', type: DataTypes.BIGINT, allowNull: false }, hooks: true });
  User.hasMany(Note, { keyType: DataTypes.BIGINT, as: { singular: 'memo', plural: 'memos' } });
  Team.hasOne(Note, { foreignKeyConstraint: false });
  Post.belongsToMany(Tag, { through: 'PostTags', timestamps: false, uniqueKey: 'post_tag_uq' });
  Tag.belongsToMany(Post, { through: 'PostTags', timestamps: false, uniqueKey: 'post_tag_uq' });
  User.belongsToMany(Team, { through: { model: 'Memberships', paranoid: true }, foreignKeyConstraint: false });
  Team.belongsToMany(User, { through: { model: 'Memberships', paranoid: true } });
  const Fav = sequelize.define('Fav', { id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true } }, { timestamps: false });
  User.belongsToMany(Post, { through: Fav, uniqueKey: 'fav_uq', as: { singular: 'favourite', plural: 'favourites' } });
  Post.belongsToMany(User, { through: Fav, uniqueKey: 'fav_uq', as: 'fans' });
};
