// Twin of mariadb_types.yaml for the Sequelize oracle (v6-mariadb full shows the COLUMN_TYPEs).
module.exports = (sequelize, DataTypes) => {
  sequelize.define('Measure', {
    id: { type: DataTypes.INTEGER.UNSIGNED, primaryKey: true, autoIncrement: true },
    u: DataTypes.INTEGER.UNSIGNED,
    uz: DataTypes.INTEGER(5).UNSIGNED.ZEROFILL,
    z: DataTypes.INTEGER.ZEROFILL,
    w: DataTypes.INTEGER(5),
    bu: { type: DataTypes.BIGINT.UNSIGNED, allowNull: false, defaultValue: 7 },
    su: DataTypes.SMALLINT.UNSIGNED,
    du: DataTypes.DECIMAL(10, 2).UNSIGNED,
    dz: DataTypes.DECIMAL(10, 2).ZEROFILL,
    dbu: DataTypes.DOUBLE.UNSIGNED,
    tt: DataTypes.TEXT('tiny'),
    mt: DataTypes.TEXT('medium'),
    lt: DataTypes.TEXT('long'),
    tb: DataTypes.BLOB('tiny'),
    mb: DataTypes.BLOB('medium'),
    lb: DataTypes.BLOB('long'),
    d6: DataTypes.DATE(6),
    d3: DataTypes.DATE(3),
  }, { timestamps: false });
};
