package cn.energyinspect.app.calendar;

import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface CalendarMapper {
    long revision();

    void bumpRevision();

    List<CalendarYearRow> years();

    Optional<CalendarYearRow> findYearForUpdate(@Param("year") int year);

    List<CalendarDayRow> days();

    List<CalendarDayRow> daysOf(@Param("year") int year);

    void insertYear(CalendarYearRow row);

    int updateYear(@Param("row") CalendarYearRow row, @Param("expectedVersion") int expectedVersion);

    int deleteYear(@Param("year") int year);

    void deleteDays(@Param("year") int year);

    void insertDays(@Param("days") List<CalendarDayRow> days);
}
