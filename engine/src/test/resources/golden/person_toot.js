// Twin of person_toot.yaml for the Sequelize oracle (v7).
module.exports = (sequelize, DataTypes) => {
  const Person = sequelize.define('Person', {
    handle: { type: DataTypes.STRING(30), allowNull: false, unique: true },
  });
  const Toot = sequelize.define('Toot', {
    body: { type: DataTypes.TEXT, allowNull: false },
    score: DataTypes.FLOAT,
  });
  Person.hasMany(Toot, { as: 'toots' });
  Person.belongsToMany(Toot, { through: 'LikedToot', as: 'likedToots', inverse: { as: 'likers' } });
};
