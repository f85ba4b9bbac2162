// Twin of junction_inherits.yaml for the Sequelize oracle.
module.exports = (sequelize, DataTypes) => {
  const Team = sequelize.define('Team', { code: DataTypes.STRING }, { createdAt: 'addedOn', updatedAt: false, comment: 'teams' });
  const User = sequelize.define('User', { n: DataTypes.STRING }, { timestamps: false });
  Team.belongsToMany(User, { through: 'TeamUsers' });
  User.belongsToMany(Team, { through: 'TeamUsers' });
  const Club = sequelize.define('Club', { code: DataTypes.STRING }, { underscored: true, createdAt: 'madeAt', deletedAt: 'goneAt', paranoid: true });
  Club.belongsToMany(User, { through: { model: 'ClubUsers', paranoid: true } });
};
