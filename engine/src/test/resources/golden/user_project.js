// Twin of user_project.yaml for the Sequelize oracle.
module.exports = (sequelize, DataTypes) => {
  const User = sequelize.define('User', {
    name: { type: DataTypes.STRING, allowNull: false },
    email: { type: DataTypes.STRING, allowNull: false, unique: true, validate: { isEmail: true } },
  });
  const Project = sequelize.define('Project', {
    title: { type: DataTypes.STRING, allowNull: false },
    description: DataTypes.TEXT,
  });
  const UserProject = sequelize.define('UserProject', {
    role: { type: DataTypes.STRING, allowNull: false, validate: { isIn: [['admin', 'developer', 'viewer']] } },
    startDate: { type: DataTypes.DATE, defaultValue: DataTypes.NOW },
  });
  User.belongsToMany(Project, { through: UserProject, foreignKey: 'userId', as: 'projects' });
  Project.belongsToMany(User, { through: UserProject, foreignKey: 'projectId', as: 'users' });
};
