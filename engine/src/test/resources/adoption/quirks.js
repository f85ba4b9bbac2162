// Where Sequelize 6 differs from modelsync's naming rules (docs/resolution.md): a hasOne with `as`
// names its key after the alias (profileId), and a NOT NULL belongsTo key gets ON DELETE NO ACTION.
module.exports = (sequelize, DataTypes) => {
  const User = sequelize.define('User', { name: DataTypes.STRING });
  const Profile = sequelize.define('Profile', { bio: DataTypes.TEXT });
  const Post = sequelize.define('Post', { title: DataTypes.STRING });
  User.hasOne(Profile, { as: 'profile' });
  Post.belongsTo(User, { foreignKey: { allowNull: false } });
};
