global using Insignia.Adapters.Moodle.Tests.Infrastructure;
