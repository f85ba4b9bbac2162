module.exports = (sequelize, DataTypes) => {
  sequelize.define('Place', {
    name: DataTypes.STRING,
    shape: DataTypes.GEOMETRY,
    pt: DataTypes.GEOMETRY('POINT'),
    pts: { type: DataTypes.GEOMETRY('POINT', 4326), allowNull: false },
    poly: DataTypes.GEOMETRY('POLYGON'),
    line: DataTypes.GEOMETRY('LINESTRING'),
    area: DataTypes.GEOMETRY('MULTIPOLYGON'),
    things: DataTypes.GEOMETRY('GEOMETRYCOLLECTION'),
  }, { timestamps: false, indexes: [{ type: 'SPATIAL', fields: ['pts'] }] });
};
