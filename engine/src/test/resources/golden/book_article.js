// Twin of book_article.yaml for the Sequelize oracle.
module.exports = (sequelize, DataTypes) => {
  const Book = sequelize.define('Book', {
    id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true, unique: true },
    title: { type: DataTypes.STRING, allowNull: false } });
  const Article = sequelize.define('Article', { headline: DataTypes.STRING });
  Book.belongsToMany(Article, { through: 'book_articles' });
  Article.belongsToMany(Book, { through: 'book_articles' });
};
