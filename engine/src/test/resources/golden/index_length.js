// Twin of index_length.yaml for the Sequelize oracle (v6-mariadb full shows the prefix lengths).
module.exports = (sequelize, DataTypes) => {
  sequelize.define('Post', {
    title: DataTypes.STRING,
    code: DataTypes.STRING(40),
    slug: DataTypes.STRING(100),
  }, {
    timestamps: false,
    indexes: [
      { name: 'posts_title_code', fields: [{ name: 'title', length: 10 }, { attribute: 'code', length: 20, order: 'DESC' }] },
      { name: 'posts_slug', unique: true, fields: [{ name: 'slug', length: 8 }] },
      { name: 'posts_code_slug', fields: [{ name: 'code', length: 4 }, 'slug'] },
    ],
  });
};
