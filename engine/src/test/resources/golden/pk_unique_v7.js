// Twin of pk_unique_v7.yaml for the Sequelize oracle (run with v7): unique: true on primary key columns.
module.exports = (sequelize, DataTypes) => {
  sequelize.define('Book', { id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true, unique: true }, title: DataTypes.STRING });
  sequelize.define('Pair', { a: { type: DataTypes.INTEGER, primaryKey: true, unique: true }, b: { type: DataTypes.INTEGER, primaryKey: true } });
};
