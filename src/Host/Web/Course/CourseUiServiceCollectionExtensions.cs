using Insignia.Host.Evaluation;
using Insignia.Host.Sync;
using Insignia.Host.Web.Course;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the course pages (instructor and learner) and the antiforgery cookie (path /, so /admin forms share it).</summary>
internal static class CourseUiServiceCollectionExtensions
{
    public static IServiceCollection AddCourseUi(this IServiceCollection services)
    {
        services.AddAntiforgery(options =>
        {
            options.Cookie = new PartitionedCookieBuilder { Name = "insignia_csrf", Path = "/", HttpOnly = true, IsEssential = true }; // "/": the registrar and admin pages post forms too
            options.FormFieldName = "__csrf";
        });
        services.AddScoped<CourseUi>();
        services.AddScoped<CourseCatalog>();
        services.AddScoped<InstructorCoursePage>();
        services.AddScoped<LearnerProgressPage>();
        services.AddScoped<CourseCredentials>();
        services.AddScoped<CoursePreviewService>();
        services.AddSingleton<SyncRunner>();
        return services;
    }
}
