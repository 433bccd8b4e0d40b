using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.VisitCounter.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class InitialVisitCounter : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "VisitCounterState",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    StartingTotal = table.Column<long>(type: "bigint", nullable: false),
                    OnlineWindowMinutes = table.Column<int>(type: "integer", nullable: false),
                    Secret = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VisitCounterState", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "VisitDailyTotals",
                columns: table => new
                {
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    Visitors = table.Column<long>(type: "bigint", nullable: false),
                    PageViews = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VisitDailyTotals", x => x.Day);
                });

            migrationBuilder.CreateTable(
                name: "VisitDailyVisitors",
                columns: table => new
                {
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    VisitorHash = table.Column<byte[]>(type: "bytea", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VisitDailyVisitors", x => new { x.Day, x.VisitorHash });
                });

            migrationBuilder.CreateTable(
                name: "VisitItemDailyViews",
                columns: table => new
                {
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    ContentItemId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Views = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VisitItemDailyViews", x => new { x.Day, x.ContentItemId });
                });

            migrationBuilder.CreateTable(
                name: "VisitItemViews",
                columns: table => new
                {
                    ContentItemId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Views = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VisitItemViews", x => x.ContentItemId);
                });

            migrationBuilder.CreateTable(
                name: "VisitOnlineVisitors",
                columns: table => new
                {
                    VisitorHash = table.Column<byte[]>(type: "bytea", maxLength: 16, nullable: false),
                    LastSeenUnixSeconds = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VisitOnlineVisitors", x => x.VisitorHash);
                });

            migrationBuilder.CreateIndex(
                name: "IX_VisitItemViews_Views",
                table: "VisitItemViews",
                column: "Views");

            migrationBuilder.CreateIndex(
                name: "IX_VisitOnlineVisitors_LastSeenUnixSeconds",
                table: "VisitOnlineVisitors",
                column: "LastSeenUnixSeconds");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "VisitCounterState");

            migrationBuilder.DropTable(
                name: "VisitDailyTotals");

            migrationBuilder.DropTable(
                name: "VisitDailyVisitors");

            migrationBuilder.DropTable(
                name: "VisitItemDailyViews");

            migrationBuilder.DropTable(
                name: "VisitItemViews");

            migrationBuilder.DropTable(
                name: "VisitOnlineVisitors");
        }
    }
}
