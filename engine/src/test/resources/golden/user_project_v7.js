// Twin of user_project_v7.yaml for the Sequelize oracle (v7).
module.exports = (sequelize, DataTypes) => {
  const User = sequelize.define('User', { name: { type: DataTypes.STRING, allowNull: false }, rating: DataTypes.FLOAT });
  const Project = sequelize.define('Project', { title: { type: DataTypes.STRING, allowNull: false } });
  const UserProject = sequelize.define('UserProject', { role: DataTypes.STRING });
  User.belongsToMany(Project, { through: UserProject, as: 'projects', inverse: { as: 'members' } });
  User.hasMany(Project, { as: 'ownedProjects', foreignKey: { name: 'ownerId', allowNull: false } });
  Project.belongsTo(User, { as: 'assignee' });
};
