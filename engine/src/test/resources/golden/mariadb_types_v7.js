// Twin of mariadb_types_v7.yaml for the Sequelize oracle (run it with v7 full; its output is
// mariadb_types_v7.oracle.txt).
module.exports = (sequelize, DataTypes) => {
  const Measure = sequelize.define('Measure', {
    id: { type: DataTypes.INTEGER.UNSIGNED, primaryKey: true, autoIncrement: true },
    u: DataTypes.INTEGER.UNSIGNED,
    w: DataTypes.INTEGER(5),
    su: DataTypes.SMALLINT.UNSIGNED,
    ti: DataTypes.TINYINT.UNSIGNED,
    mi: DataTypes.MEDIUMINT.UNSIGNED,
    du: DataTypes.DECIMAL(10, 2).UNSIGNED,
    dbu: DataTypes.DOUBLE.UNSIGNED,
    tt: DataTypes.TEXT('tiny'),
    lt: DataTypes.TEXT('long'),
    mb: DataTypes.BLOB('medium'),
    d6: DataTypes.DATE(6),
    d3: DataTypes.DATE(3),
  }, { timestamps: false });
  const Reading = sequelize.define('Reading', {}, { timestamps: false });
  Reading.belongsTo(Measure);
};
