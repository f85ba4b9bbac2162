// Twin of student_class.yaml for the Sequelize oracle.
module.exports = (sequelize, DataTypes) => {
  const Student = sequelize.define('Student', {
    firstName: { type: DataTypes.STRING, allowNull: false },
    lastName: DataTypes.STRING,
  });
  const Class = sequelize.define('Class', {
    className: { type: DataTypes.STRING(100), allowNull: false, unique: true },
    startedOn: DataTypes.DATEONLY,
  });
  const Enrollment = sequelize.define('Enrollment', { grade: DataTypes.CHAR(2) }, { timestamps: false });
  Student.belongsToMany(Class, { through: Enrollment });
  Class.belongsToMany(Student, { through: Enrollment });
};
