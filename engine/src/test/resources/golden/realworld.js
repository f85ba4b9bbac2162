// Twin of realworld.yaml for the Sequelize oracle.
module.exports = (sequelize, DataTypes) => {
  const User = sequelize.define('User', { username: { type: DataTypes.STRING, unique: true } });
  const Article = sequelize.define('Article', { slug: { type: DataTypes.STRING, unique: true }, title: DataTypes.STRING });
  const Comment = sequelize.define('Comment', { body: DataTypes.TEXT });
  User.hasMany(Article);
  User.belongsToMany(Article, { through: 'Favorites' });
  User.hasMany(Comment);
  User.hasMany(Comment, { foreignKey: 'editorId' });
  Article.belongsTo(User);
  Article.belongsToMany(User, { through: 'Favorites' });
  Article.hasMany(Comment);
  Comment.belongsTo(User);
  Comment.belongsTo(User, { foreignKey: 'editorId' });
  Comment.belongsTo(Article);
};
