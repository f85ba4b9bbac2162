// Twin of friends.yaml for the Sequelize oracle.
module.exports = (sequelize, DataTypes) => {
  const User = sequelize.define('User', { name: DataTypes.STRING });
  User.belongsToMany(User, { through: 'Friendships', as: 'friends' });
};
