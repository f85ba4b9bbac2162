// Twin of pluralisation.yaml for the Sequelize oracle.
module.exports = (sequelize, DataTypes) => {
  const a = { name: DataTypes.STRING };
  for (const n of ['Person', 'Category', 'Status', 'UserRole', 'Child', 'Box', 'Equipment', 'Address', 'Company',
                   'Leaf', 'Mouse']) {
    sequelize.define(n, a);
  }
  sequelize.define('SnakeRole', { roleName: DataTypes.STRING }, { underscored: true });
  sequelize.define('Frozen', a, { freezeTableName: true });
  sequelize.define('Named', a, { tableName: 'tbl_named' });
};
