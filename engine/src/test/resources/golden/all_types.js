// Twin of all_types.yaml for the Sequelize oracle.
module.exports = (sequelize, DataTypes) => {
  sequelize.define('Sample', {
    uid: { type: DataTypes.UUID, primaryKey: true, defaultValue: DataTypes.UUIDV4 },
    str: DataTypes.STRING,
    str40: DataTypes.STRING(40),
    chr: DataTypes.CHAR(3),
    txt: DataTypes.TEXT,
    int: { type: DataTypes.INTEGER, defaultValue: 7 },
    big: DataTypes.BIGINT,
    small: DataTypes.SMALLINT,
    flt: DataTypes.FLOAT,
    rl: DataTypes.REAL,
    dbl: DataTypes.DOUBLE,
    dec: DataTypes.DECIMAL(10, 2),
    decPlain: DataTypes.DECIMAL,
    flag: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: false },
    happenedAt: { type: DataTypes.DATE, defaultValue: DataTypes.NOW },
    day: DataTypes.DATEONLY,
    clock: DataTypes.TIME,
    status: DataTypes.ENUM('draft', 'published'),
    mood: DataTypes.ENUM('happy', 'sad'),
    doc: DataTypes.JSON,
    docb: DataTypes.JSONB,
    bytes: DataTypes.BLOB,
    raw: { type: DataTypes.INTEGER, defaultValue: sequelize.literal('1 + 1') },
  });
};
