// Twin of model_options.yaml for the Sequelize oracle.
module.exports = (sequelize, DataTypes) => {
  const Team = sequelize.define('Team', { code: DataTypes.STRING }, { name: { singular: 'squad', plural: 'squads' }, version: true });
  const User = sequelize.define('User', { name: DataTypes.STRING }, { version: 'lockVersion', initialAutoIncrement: '1000', engine: 'MYISAM', charset: 'utf8mb4', collate: 'utf8mb4_bin', timestamps: false });
  const Task = sequelize.define('Task', { t: DataTypes.STRING }, { timestamps: false, paranoid: true, version: true });
  User.belongsTo(Team);
  Team.hasMany(Task);
  Team.belongsToMany(User, { through: 'TeamUsers' });
  User.belongsToMany(Team, { through: 'TeamUsers' });
};
