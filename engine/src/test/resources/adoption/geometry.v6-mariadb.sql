SET FOREIGN_KEY_CHECKS = 0;
CREATE TABLE `Places` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) DEFAULT NULL,
  `shape` geometry DEFAULT NULL,
  `pt` point DEFAULT NULL,
  `pts` point NOT NULL,
  `poly` polygon DEFAULT NULL,
  `line` linestring DEFAULT NULL,
  `area` multipolygon DEFAULT NULL,
  `things` geometrycollection DEFAULT NULL,
  PRIMARY KEY (`id`),
  SPATIAL KEY `places_pts` (`pts`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
SET FOREIGN_KEY_CHECKS = 1;
