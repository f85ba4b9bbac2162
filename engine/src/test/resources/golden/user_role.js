// Twin of user_role.yaml for the Sequelize oracle.
module.exports = (sequelize, DataTypes) => {
  const user = sequelize.define('user', { username: { type: DataTypes.STRING, allowNull: false, unique: true } });
  const role = sequelize.define('role', { name: { type: DataTypes.STRING(50), allowNull: false } });
  const user_role = sequelize.define('user_role', {
    id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
    grantedBy: DataTypes.STRING,
  });
  user.belongsToMany(role, { through: { model: user_role, unique: false } });
  role.belongsToMany(user, { through: { model: user_role, unique: false } });
};
