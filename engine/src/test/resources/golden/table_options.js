// Twin of table_options.yaml for the Sequelize oracle (v6-mariadb full shows engine, collation and AUTO_INCREMENT).
module.exports = (sequelize, DataTypes) => {
  sequelize.define('Gadget', {
    name: DataTypes.STRING,
    ref: DataTypes.UUID,
    notes: DataTypes.TEXT,
  }, { engine: 'MyISAM', charset: 'latin1', collate: 'latin1_swedish_ci', initialAutoIncrement: '1000', timestamps: false });
  const Widget = sequelize.define('Widget', {
    name: DataTypes.STRING,
  }, { charset: 'utf8mb4', collate: 'utf8mb4_bin', timestamps: false });
  const Part = sequelize.define('Part', { label: DataTypes.STRING(40) }, { engine: 'InnoDB', timestamps: false });
  Widget.hasMany(Part);
};
