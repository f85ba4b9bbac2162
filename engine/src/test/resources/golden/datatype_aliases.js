// Twin of datatype_aliases.yaml for the Sequelize oracle (Sequelize 6).
module.exports = (sequelize, DataTypes) => {
  sequelize.define('Probe', {
    num: DataTypes.NUMERIC,
    num52: DataTypes.NUMERIC(5, 2),
    dp: DataTypes.DOUBLE,
    dbl: DataTypes.DOUBLE,
    uns: DataTypes.INTEGER.UNSIGNED,
    zf: DataTypes.INTEGER.ZEROFILL,
    int11: DataTypes.INTEGER(11),
    bigU: DataTypes.BIGINT(20).UNSIGNED,
    strBin: DataTypes.STRING.BINARY,
    str40Bin: DataTypes.STRING(40, true),
    chrBin: DataTypes.CHAR.BINARY,
    txtLong: DataTypes.TEXT('long'),
    txtTiny: DataTypes.TEXT('tiny'),
    dt6: DataTypes.DATE(6),
    blobTiny: DataTypes.BLOB('tiny'),
    blobLong: DataTypes.BLOB('long'),
    flt11: DataTypes.FLOAT(11),
    flt30: DataTypes.FLOAT(30),
    flt112: DataTypes.FLOAT(11, 2),
    dbl112: DataTypes.DOUBLE(11, 2),
    real112: DataTypes.REAL(11, 2),
    ci: DataTypes.CITEXT,
    full: { type: DataTypes.VIRTUAL, get() { return 'x'; } },
  }, { timestamps: false });
};
