using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Insignia.Host.Persistence.Migrations.Postgres
{
    /// <summary>
    /// The tables Quartz's clustered ADO.NET job store reads and writes (prefix <c>qrtz_</c>), as its 4.7 schema
    /// contract names them. The optional execution-history tables are left out: Insignia does not turn that feature on.
    /// </summary>
    public partial class QuartzJobStore : Migration
    {
        private static readonly string[] Tables =
        [
            "qrtz_fired_triggers", "qrtz_paused_trigger_grps", "qrtz_paused_job_grps", "qrtz_scheduler_state", "qrtz_locks",
            "qrtz_simple_triggers", "qrtz_cron_triggers", "qrtz_simprop_triggers", "qrtz_blob_triggers", "qrtz_triggers",
            "qrtz_job_details", "qrtz_calendars",
        ];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE TABLE qrtz_job_details (
                    sched_name        varchar(120) NOT NULL,
                    job_name          varchar(200) NOT NULL,
                    job_group         varchar(200) NOT NULL,
                    description       varchar(250),
                    job_class_name    varchar(250) NOT NULL,
                    is_durable        boolean NOT NULL,
                    is_nonconcurrent  boolean NOT NULL,
                    is_update_data    boolean NOT NULL,
                    requests_recovery boolean NOT NULL,
                    job_data          bytea,
                    CONSTRAINT pk_qrtz_job_details PRIMARY KEY (sched_name, job_name, job_group)
                );
                """);
            migrationBuilder.Sql("""
                CREATE TABLE qrtz_triggers (
                    sched_name              varchar(120) NOT NULL,
                    trigger_name            varchar(200) NOT NULL,
                    trigger_group           varchar(200) NOT NULL,
                    job_name                varchar(200) NOT NULL,
                    job_group               varchar(200) NOT NULL,
                    description             varchar(250),
                    next_fire_time          bigint,
                    prev_fire_time          bigint,
                    priority                integer,
                    trigger_state           text NOT NULL,
                    trigger_type            text NOT NULL,
                    start_time              bigint NOT NULL,
                    end_time                bigint,
                    calendar_name           varchar(200),
                    misfire_instr           smallint,
                    misfire_orig_fire_time  bigint,
                    misfire_threshold       bigint,
                    execution_group         varchar(200),
                    preferred_node          varchar(200),
                    preferred_node_auto     boolean NOT NULL DEFAULT false,
                    retry_policy            varchar(250),
                    retry_attempt           integer,
                    continues_trigger_name  varchar(200),
                    continues_trigger_group varchar(200),
                    continuation_condition  integer,
                    overlap_policy          integer,
                    fixed_delay             boolean,
                    pause_reason            varchar(250),
                    paused_by               varchar(200),
                    paused_at               bigint,
                    job_data                bytea,
                    CONSTRAINT pk_qrtz_triggers PRIMARY KEY (sched_name, trigger_name, trigger_group),
                    CONSTRAINT fk_qrtz_triggers_job FOREIGN KEY (sched_name, job_name, job_group)
                        REFERENCES qrtz_job_details (sched_name, job_name, job_group)
                );
                """);
            CreateTriggerDetail(migrationBuilder, "qrtz_simple_triggers", """
                repeat_count    bigint NOT NULL,
                repeat_interval bigint NOT NULL,
                times_triggered bigint NOT NULL,
                """);
            CreateTriggerDetail(migrationBuilder, "qrtz_cron_triggers", """
                cron_expression text NOT NULL,
                time_zone_id    text,
                """);
            CreateTriggerDetail(migrationBuilder, "qrtz_simprop_triggers", """
                str_prop_1   text,
                str_prop_2   text,
                str_prop_3   text,
                int_prop_1   integer,
                int_prop_2   integer,
                long_prop_1  bigint,
                long_prop_2  bigint,
                dec_prop_1   numeric,
                dec_prop_2   numeric,
                bool_prop_1  boolean,
                bool_prop_2  boolean,
                time_zone_id text,
                """);
            CreateTriggerDetail(migrationBuilder, "qrtz_blob_triggers", """
                blob_data bytea,
                """);
            migrationBuilder.Sql("""
                CREATE TABLE qrtz_calendars (
                    sched_name    varchar(120) NOT NULL,
                    calendar_name varchar(200) NOT NULL,
                    calendar      bytea NOT NULL,
                    CONSTRAINT pk_qrtz_calendars PRIMARY KEY (sched_name, calendar_name)
                );
                """);
            CreatePausedGroups(migrationBuilder, "qrtz_paused_trigger_grps", "trigger_group");
            CreatePausedGroups(migrationBuilder, "qrtz_paused_job_grps", "job_group");
            migrationBuilder.Sql("""
                CREATE TABLE qrtz_fired_triggers (
                    sched_name               varchar(120) NOT NULL,
                    entry_id                 varchar(140) NOT NULL,
                    trigger_name             varchar(200) NOT NULL,
                    trigger_group            varchar(200) NOT NULL,
                    instance_name            varchar(200) NOT NULL,
                    fired_time               bigint NOT NULL,
                    sched_time               bigint NOT NULL,
                    priority                 integer NOT NULL,
                    state                    text NOT NULL,
                    job_name                 varchar(200),
                    job_group                varchar(200),
                    is_nonconcurrent         boolean NOT NULL,
                    requests_recovery        boolean,
                    execution_group          varchar(200),
                    progress                 integer,
                    progress_message         varchar(250),
                    interrupt_requested_time bigint,
                    CONSTRAINT pk_qrtz_fired_triggers PRIMARY KEY (sched_name, entry_id)
                );
                """);
            migrationBuilder.Sql("""
                CREATE TABLE qrtz_scheduler_state (
                    sched_name        varchar(120) NOT NULL,
                    instance_name     varchar(200) NOT NULL,
                    last_checkin_time bigint NOT NULL,
                    checkin_interval  bigint NOT NULL,
                    quartz_version    varchar(20),
                    CONSTRAINT pk_qrtz_scheduler_state PRIMARY KEY (sched_name, instance_name)
                );
                """);
            migrationBuilder.Sql("""
                CREATE TABLE qrtz_locks (
                    sched_name varchar(120) NOT NULL,
                    lock_name  text NOT NULL,
                    CONSTRAINT pk_qrtz_locks PRIMARY KEY (sched_name, lock_name)
                );
                """);
            migrationBuilder.Sql("""
                CREATE INDEX ix_qrtz_job_details_group ON qrtz_job_details (sched_name, job_group, job_name);
                CREATE INDEX ix_qrtz_triggers_job ON qrtz_triggers (sched_name, job_name, job_group);
                CREATE INDEX ix_qrtz_triggers_group ON qrtz_triggers (sched_name, trigger_group, trigger_name);
                CREATE INDEX ix_qrtz_triggers_calendar ON qrtz_triggers (sched_name, calendar_name);
                CREATE INDEX ix_qrtz_triggers_due ON qrtz_triggers (sched_name, trigger_state, next_fire_time, priority DESC, misfire_instr);
                CREATE INDEX ix_qrtz_fired_triggers_recovery ON qrtz_fired_triggers (sched_name, instance_name, requests_recovery);
                CREATE INDEX ix_qrtz_fired_triggers_job ON qrtz_fired_triggers (sched_name, job_name, job_group);
                CREATE INDEX ix_qrtz_fired_triggers_trigger ON qrtz_fired_triggers (sched_name, trigger_name, trigger_group);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var table in Tables)
            {
                migrationBuilder.Sql($"DROP TABLE IF EXISTS {table};");
            }
        }

        private static void CreateTriggerDetail(MigrationBuilder migrationBuilder, string table, string columns) =>
            migrationBuilder.Sql($"""
                CREATE TABLE {table} (
                    sched_name    varchar(120) NOT NULL,
                    trigger_name  varchar(200) NOT NULL,
                    trigger_group varchar(200) NOT NULL,
                {columns}
                    CONSTRAINT pk_{table} PRIMARY KEY (sched_name, trigger_name, trigger_group),
                    CONSTRAINT fk_{table}_trigger FOREIGN KEY (sched_name, trigger_name, trigger_group)
                        REFERENCES qrtz_triggers (sched_name, trigger_name, trigger_group) ON DELETE CASCADE
                );
                """);

        private static void CreatePausedGroups(MigrationBuilder migrationBuilder, string table, string groupColumn) =>
            migrationBuilder.Sql($"""
                CREATE TABLE {table} (
                    sched_name   varchar(120) NOT NULL,
                    {groupColumn} varchar(200) NOT NULL,
                    pause_reason varchar(250),
                    paused_by    varchar(200),
                    paused_at    bigint,
                    CONSTRAINT pk_{table} PRIMARY KEY (sched_name, {groupColumn})
                );
                """);
    }
}
