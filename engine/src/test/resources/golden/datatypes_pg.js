// Twin of datatypes_pg.yaml for the Sequelize oracle.
module.exports = (sequelize, DataTypes) => {
  sequelize.define('Host', {
    ip: DataTypes.INET,
    net: DataTypes.CIDR,
    mac: DataTypes.MACADDR,
    tsv: DataTypes.TSVECTOR,
    hs: DataTypes.HSTORE,
    tags: DataTypes.ARRAY(DataTypes.STRING),
    nums: DataTypes.ARRAY(DataTypes.INTEGER),
    txts: DataTypes.ARRAY(DataTypes.TEXT),
    ids: DataTypes.ARRAY(DataTypes.UUID),
    r: DataTypes.RANGE(DataTypes.INTEGER),
    rb: DataTypes.RANGE(DataTypes.BIGINT),
    rd: DataTypes.RANGE(DataTypes.DECIMAL),
    rdt: DataTypes.RANGE(DataTypes.DATE),
    rdo: DataTypes.RANGE(DataTypes.DATEONLY),
  });
};
