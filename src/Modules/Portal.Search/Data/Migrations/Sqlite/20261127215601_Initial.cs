using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Search.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SearchDocuments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false),
                    ContentItemId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    PublishedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SearchDocuments", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SearchDocuments_ContentItemId",
                table: "SearchDocuments",
                column: "ContentItemId",
                unique: true);

            // EF Core has no model for virtual tables. The words arrive folded and space-separated (SearchTokenizer),
            // so unicode61 only splits on spaces; prefix indexes of 2 and 3 letters keep short prefixes ("th"*) cheap.
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "SearchIndex" USING fts5("Title", "Body", tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TABLE "SearchIndex";""");

            migrationBuilder.DropTable(
                name: "SearchDocuments");
        }
    }
}
