// Twin of no_primary_key.yaml for the Sequelize oracle (v6 and v7): a Rails-style join table without a primary
// key, its pair under a unique index, and a table without a primary key. Sequelize 6 has no noPrimaryKey option:
// Model.removeAttribute('id') does it there.
module.exports = (sequelize, DataTypes, lib) => {
  const v7 = lib.version.startsWith('7');
  const noKey = v7 ? { noPrimaryKey: true } : {};
  const Book = sequelize.define('Book', { title: DataTypes.STRING }, { underscored: true });
  const Tag = sequelize.define('Tag', { name: DataTypes.STRING }, { underscored: true });
  const BooksTag = sequelize.define('BooksTag', {}, { tableName: 'books_tags', timestamps: false, ...noKey,
    indexes: [{ unique: true, fields: ['book_id', 'tag_id'], name: 'index_books_tags_on_book_id_and_tag_id' }] });
  if (!v7) BooksTag.removeAttribute('id');
  Book.belongsToMany(Tag, { through: { model: BooksTag, unique: false }, foreignKey: 'book_id', otherKey: 'tag_id' });
  Tag.belongsToMany(Book, { through: { model: BooksTag, unique: false }, foreignKey: 'tag_id', otherKey: 'book_id' });
  const Visit = sequelize.define('Visit', { path: DataTypes.STRING }, { timestamps: false, ...noKey });
  if (!v7) Visit.removeAttribute('id');
};
