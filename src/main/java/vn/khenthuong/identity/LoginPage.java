package vn.khenthuong.identity;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Our Vietnamese login page; Spring Security processes the POST to /login. */
@Controller
class LoginPage {

    @GetMapping("/login")
    String login() {
        return "forward:/dang-nhap.html";
    }
}
