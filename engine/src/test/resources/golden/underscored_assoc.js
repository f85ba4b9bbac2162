// Twin of underscored_assoc.yaml for the Sequelize oracle.
module.exports = (sequelize, DataTypes) => {
  const o = { underscored: true };
  const Company = sequelize.define('Company', { legalName: { type: DataTypes.STRING, allowNull: false } }, o);
  const Employee = sequelize.define('Employee', { fullName: DataTypes.STRING }, o);
  const Address = sequelize.define('Address', { streetLine: DataTypes.STRING }, o);
  const Task = sequelize.define('Task', { title: DataTypes.STRING }, o);
  Company.hasMany(Employee, { foreignKey: { name: 'employerId', allowNull: false }, onDelete: 'RESTRICT' });
  Company.hasOne(Address);
  Employee.belongsTo(Company, { foreignKey: { name: 'employerId', allowNull: false }, onDelete: 'RESTRICT' });
  Employee.belongsTo(Employee, { as: 'manager' });
  Employee.hasMany(Task);
  Task.belongsTo(Employee, { as: 'assignee', constraints: false });
};
