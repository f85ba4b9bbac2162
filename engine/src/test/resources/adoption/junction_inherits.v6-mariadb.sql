SET FOREIGN_KEY_CHECKS = 0;
CREATE TABLE `ClubUsers` (
  `made_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `gone_at` datetime DEFAULT NULL,
  `club_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`club_id`,`user_id`),
  KEY `user_id` (`user_id`),
  CONSTRAINT `ClubUsers_ibfk_1` FOREIGN KEY (`club_id`) REFERENCES `clubs` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `ClubUsers_ibfk_2` FOREIGN KEY (`user_id`) REFERENCES `Users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `TeamUsers` (
  `addedOn` datetime NOT NULL,
  `TeamId` int(11) NOT NULL,
  `UserId` int(11) NOT NULL,
  PRIMARY KEY (`TeamId`,`UserId`),
  KEY `UserId` (`UserId`),
  CONSTRAINT `TeamUsers_ibfk_1` FOREIGN KEY (`TeamId`) REFERENCES `Teams` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `TeamUsers_ibfk_2` FOREIGN KEY (`UserId`) REFERENCES `Users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='teams';
CREATE TABLE `Teams` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `code` varchar(255) DEFAULT NULL,
  `addedOn` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='teams';
CREATE TABLE `Users` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `n` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `clubs` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `code` varchar(255) DEFAULT NULL,
  `made_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `gone_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
SET FOREIGN_KEY_CHECKS = 1;
