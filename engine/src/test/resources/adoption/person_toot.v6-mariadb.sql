SET FOREIGN_KEY_CHECKS = 0;
CREATE TABLE `LikedToot` (
  `createdAt` datetime NOT NULL,
  `updatedAt` datetime NOT NULL,
  `PersonId` int(11) NOT NULL,
  `TootId` int(11) NOT NULL,
  PRIMARY KEY (`PersonId`,`TootId`),
  KEY `TootId` (`TootId`),
  CONSTRAINT `LikedToot_ibfk_1` FOREIGN KEY (`PersonId`) REFERENCES `People` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `LikedToot_ibfk_2` FOREIGN KEY (`TootId`) REFERENCES `Toots` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `People` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `handle` varchar(30) NOT NULL,
  `createdAt` datetime NOT NULL,
  `updatedAt` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `handle` (`handle`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `Toots` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `body` text NOT NULL,
  `score` float DEFAULT NULL,
  `createdAt` datetime NOT NULL,
  `updatedAt` datetime NOT NULL,
  `PersonId` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `PersonId` (`PersonId`),
  CONSTRAINT `Toots_ibfk_1` FOREIGN KEY (`PersonId`) REFERENCES `People` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
SET FOREIGN_KEY_CHECKS = 1;
